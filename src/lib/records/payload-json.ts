/**
 * JSON text of verified records for the hand-over from a verifying worker to its page or command.
 * A valid record's payload is already JSON text, the canonical text its signature covers
 * (verifyRecord's `payloadJson`), so it is written in as it is: serialising 18,000 parsed payloads
 * again was the largest part of a worker's hand-over. JSON.parse of the result gives the same values
 * as JSON.stringify of the object; the payload's members come in the canonical (sorted) order.
 */

/** `{ payload, ...rest }` as JSON, the payload written from its JSON text (`payloadJson`, valid JSON). */
export function withPayloadJson(payloadJson: string, rest: object): string {
  const tail = JSON.stringify(rest);
  return tail === '{}' ? `{"payload":${payloadJson}}` : `{"payload":${payloadJson},${tail.slice(1)}`;
}

/** A JSON array of items each already written as JSON text. */
export const jsonArray = (items: readonly string[]): string => `[${items.join(',')}]`;
