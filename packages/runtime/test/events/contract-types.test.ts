import { describe, expectTypeOf, it } from 'vitest';
import type {
  AnyEnvelopeOf,
  DataOfKey,
  EventKeyOf,
  ReceivedEnvelopeOfKey,
  SentEnvelopeOfKey,
} from '../../src/events/contract-types.js';

interface Map {
  'a.b@1': { x: 1 };
  'a.b@2': { y: 2 };
  'c@1': { z: 3 };
}
interface Latest {
  'a.b': 2;
  c: 1;
}

describe('contract types', () => {
  it('name events by type or type@version', () => {
    expectTypeOf<EventKeyOf<Map>>().toEqualTypeOf<'a.b@1' | 'a.b@2' | 'c@1' | 'a.b' | 'c'>();
    expectTypeOf<AnyEnvelopeOf<Map>['type']>().toEqualTypeOf<'a.b' | 'c'>();
  });

  it('send a bare type as its latest version', () => {
    expectTypeOf<DataOfKey<Map, Latest, 'a.b'>>().toEqualTypeOf<{ y: 2 }>();
    expectTypeOf<DataOfKey<Map, Latest, 'a.b@1'>>().toEqualTypeOf<{ x: 1 }>();
    expectTypeOf<SentEnvelopeOfKey<Map, Latest, 'a.b'>['version']>().toEqualTypeOf<2>();
  });

  it('receive every version of a bare type, narrowed by version', () => {
    expectTypeOf<ReceivedEnvelopeOfKey<Map, 'a.b'>['version']>().toEqualTypeOf<1 | 2>();
    const check = (event: ReceivedEnvelopeOfKey<Map, 'a.b'>) => {
      if (event.version === 1) expectTypeOf(event.data).toEqualTypeOf<{ x: 1 }>();
      else expectTypeOf(event.data).toEqualTypeOf<{ y: 2 }>();
    };
    expectTypeOf(check).toBeFunction();
  });
});
