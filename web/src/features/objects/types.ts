export const OBJECT_KINDS = ['vehicle', 'phone', 'weapon', 'property', 'other'] as const;

type ObjectKind = (typeof OBJECT_KINDS)[number];

export type ObjectView = {
  id: string;
  reference: string;
  kind: ObjectKind;
  vrm: string | null;
  make: string | null;
  model: string | null;
  colour: string | null;
  serialNumber: string | null;
  description: string | null;
  label: string;
  version: number;
};
