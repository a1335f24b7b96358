import { randomFillSync } from 'node:crypto';
import { V7Generator } from 'uuidv7';

/**
 * UUIDv7 ids, as the platform's newId makes, drawing their random bits from a large buffer:
 * a bulk load makes millions and refilling eight words at a time dominated the cost.
 */
export function bulkIds(): () => string {
  const buffer = new Uint32Array(16_384);
  let cursor = buffer.length;
  const generator = new V7Generator({
    nextUint32: () => {
      if (cursor === buffer.length) {
        randomFillSync(buffer);
        cursor = 0;
      }
      return buffer[cursor++];
    },
  });
  return () => generator.generate().toString();
}
