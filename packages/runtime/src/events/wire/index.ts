export { defineWire, type Wire } from './define-wire.js';
export { InvalidWirePartError } from './errors.js';
export { createPayloadRequest, type PayloadRequest } from './payload-request.js';
export { createPayloadReader, type PayloadReader, type ReadContext } from './read-payload.js';
export {
  DEFAULT_DELIVERY_ID,
  parseWirePart,
  parseWireParts,
  WIRE_PART_PATTERN,
  type WireFormat,
  WireFormatError,
  type WirePart,
  type WireParts,
  type WirePartText,
} from './wire-format.js';
