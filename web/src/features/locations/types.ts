export type LocationView = {
  id: string;
  reference: string;
  uprn: string | null;
  buildingName: string | null;
  buildingNumber: string | null;
  street: string | null;
  locality: string | null;
  town: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  district: string | null;
  beat: string | null;
  description: string | null;
  label: string;
  version: number;
};
