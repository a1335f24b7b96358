import { NativeSelect } from '@mantine/core';
import { useDistricts } from './geography';

/** A district of the user's force, chosen from the force's list (not typed), or any district. */
export function DistrictSelect({ value, onChange, label = 'District' }: { value: string; onChange: (district: string) => void; label?: string }) {
  const districts = useDistricts();
  const items = districts.data?.items ?? [];
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      disabled={districts.isPending}
      error={districts.error ? 'The district list could not be loaded' : undefined}
      data={[{ value: '', label: 'Any district' }, ...items.map((d) => ({ value: d.name, label: d.name }))]}
    />
  );
}
