export const ADDRESS_TYPES = [
  { value: 'home', label: 'Home' },
  { value: 'temporary', label: 'Temporary' },
  { value: 'work', label: 'Work' },
  { value: 'previous', label: 'Previous' },
  { value: 'other', label: 'Other' },
];
