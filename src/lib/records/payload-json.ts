/**
 * JSON text of verified records for the hand-over from a verifying worker to its page or command.
 * A valid record's payload is already JSON text, the canonical text its signature covers
 * (verifyRecord's `payloadJson`), so it is written in as it is instead of serialising the parsed
 * payload again (a file of 50 records: about 70 us where JSON.stringify took 240 us). JSON.parse of
 * the result gives what JSON.parse(JSON.stringify(object)) gives, except that the payload's members
 * come in the canonical (sorted) order.
 */

/** `{ payload, ...rest }` as JSON, the payload written from its JSON text (`payloadJson`, valid JSON). */
export function withPayloadJson(payloadJson: string, rest: object): string {
  const tail = JSON.stringify(rest);
  return tail === '{}' ? `{"payload":${payloadJson}}` : `{"payload":${payloadJson},${tail.slice(1)}`;
}

/** A JSON array of items each already written as JSON text. */
export const jsonArray = (items: readonly string[]): string => `[${items.join(',')}]`;
