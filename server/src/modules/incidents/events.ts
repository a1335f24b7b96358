import { EventEmitter } from 'node:events';

/** What the live queue and map hear about: an incident or a unit changed in a force. */
export type IncidentEvent = { forceId: string; kind: 'incident' | 'unit'; id: string; action: string; at: string };

const bus = new EventEmitter();
bus.setMaxListeners(0);

/** Publish after the transaction commits, so listeners never see a change that was rolled back. */
export function publishIncidentEvent(event: IncidentEvent): void {
  bus.emit('event', event);
}

export function onIncidentEvent(listener: (event: IncidentEvent) => void): () => void {
  bus.on('event', listener);
  return () => bus.off('event', listener);
}
