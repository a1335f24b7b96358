import { useEffect, useRef } from 'react';
import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { api } from './api';
import { ProblemAlert } from './ProblemAlert';

export type MapPoint = { id: string; lat: number; lon: number; label: string; color?: string };

type Props = {
  points?: MapPoint[];
  /** Called with the clicked position, e.g. to place a location or an incident. */
  onPick?: (lat: number, lon: number) => void;
  height?: number;
  label?: string;
};

const DISTRICT_STYLE = { color: '#1c4e80', weight: 1.5, fillColor: '#dbe7f3', fillOpacity: 0.55 };

/** The force's own district map, drawn from our GeoJSON with no tile server, so it works offline. */
export function ForceMap({ points = [], onPick, height = 420, label = 'Map of the force area' }: Props) {
  const districts = useQuery({ queryKey: ['geography', 'districts'], queryFn: () => api<GeoJSON.FeatureCollection>('/geography/districts'), staleTime: Infinity });
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!element.current || !districts.data) return;
    const m = L.map(element.current, { attributionControl: false, zoomSnap: 0.25 });
    const areas = L.geoJSON(districts.data, {
      style: () => DISTRICT_STYLE,
      onEachFeature: (feature, layer) => layer.bindTooltip(String(feature.properties?.name ?? ''), { sticky: true }),
    }).addTo(m);
    m.fitBounds(areas.getBounds());
    markers.current = L.layerGroup().addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.(Math.round(e.latlng.lat * 1e6) / 1e6, Math.round(e.latlng.lng * 1e6) / 1e6));
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      markers.current = null;
    };
  }, [districts.data]);

  useEffect(() => {
    const layer = markers.current;
    if (!layer) return;
    layer.clearLayers();
    for (const p of points) {
      L.circleMarker([p.lat, p.lon], { radius: 7, color: '#fff', weight: 2, fillColor: p.color ?? '#c92a2a', fillOpacity: 0.95 })
        .bindTooltip(p.label)
        .addTo(layer);
    }
  }, [points, districts.data]);

  if (districts.error) return <ProblemAlert error={districts.error} />;
  return <Box ref={element} role="region" aria-label={label} h={height} style={{ background: '#f4f1ea', borderRadius: 4, cursor: onPick ? 'crosshair' : undefined }} />;
}
