import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';

type Props = {
  n: number;
  text: string;
  answer: string;
  note: string;
  onAnswer: (value: string) => void;
  onNote: (value: string) => void;
};

/** One DASH question: yes / no / not known, and a note when the answer is yes. */
export function DashQuestion({ n, text, answer, note, onAnswer, onNote }: Props) {
  return (
    <Stack gap={4} py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Radio.Group value={answer} onChange={onAnswer} label={<Text size="sm" fw={500}>{`${n}. ${text}`}</Text>} aria-label={`Question ${n}`}>
        <Group gap="md" mt={4}>
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
          <Radio value="not_known" label="Not known" />
        </Group>
      </Radio.Group>
      {answer === 'yes' && (
        <TextInput size="xs" placeholder="What the victim said (optional)" aria-label={`Note for question ${n}`} value={note} onChange={(e) => onNote(e.currentTarget.value)} />
      )}
    </Stack>
  );
}
