/**
 * Which issue a refusal names first: the first one, except after a `oneOf`/`anyOf` that matched no
 * alternative, where the alternative that got furthest into the value is the one it was meant for.
 * The compiler's example check uses the same choice (its check-examples tests run it on real ajv
 * errors); receivers' error messages are checked here on a generated validator.
 */
import { describe, expect, it } from 'vitest';
import { validators } from '../../../../examples/acme-shop/generated/acme-shop-receiver/dist/validators.js';
import { paymentSucceeded } from '../../../../examples/acme-shop/src/sample-events.js';
import { InvalidPayloadError } from '../../src/events/errors.js';
import { closestIssue, type IssueLike } from '../../src/validation/closest-issue.js';

const issue = (pointer: string, keyword: string, params: Record<string, unknown> = {}): IssueLike => ({
  pointer,
  keyword,
  params,
});

describe('closestIssue', () => {
  it('is the first issue when no oneOf or anyOf failed, and nothing for no issues', () => {
    const issues = [issue('/a', 'type'), issue('/b', 'minimum')];
    expect(closestIssue(issues)).toEqual({ issue: issues[0] });
    expect(closestIssue([])).toBeUndefined();
  });

  it('sets aside the alternatives whose discriminator refused the value and names the deepest issue', () => {
    const issues = [
      issue('/method/kind', 'const', { allowedValue: 'card' }),
      issue('/method/reference', 'maxLength'),
      issue('/method/kind', 'const', { allowedValue: 'wallet' }),
      issue('/method', 'oneOf'),
    ];
    expect(closestIssue(issues)).toEqual({
      issue: issues[1],
      alternatives: { keyword: 'oneOf', pointer: '/method' },
    });
  });

  it('prefers the alternative that got further into the value; ties go to the earlier one', () => {
    const shallow = issue('/x/a', 'type');
    const deep = issue('/x/a/b', 'minimum');
    expect(closestIssue([shallow, deep, issue('/x', 'anyOf')])?.issue).toBe(deep);
    const other = issue('/x/b', 'maximum');
    expect(closestIssue([shallow, other, issue('/x', 'anyOf')])?.issue).toBe(shallow);
  });

  it('ranks an alternative that wanted other properties below one that refused a value at that level', () => {
    const missing = issue('/x/brand', 'required', { missingProperty: 'brand' });
    const unexpected = issue('/x/iban', 'additionalProperties', { additionalProperty: 'iban' });
    const refused = issue('/x/reference', 'maxLength');
    expect(closestIssue([missing, unexpected, refused, issue('/x', 'oneOf')])?.issue).toBe(refused);
    // Deeper still wins: a property missing further in beats a value refused higher up.
    const nested = issue('/x/address/city', 'required', { missingProperty: 'city' });
    expect(closestIssue([refused, nested, issue('/x', 'oneOf')])?.issue).toBe(nested);
  });

  it('gives every value the discriminator takes when no alternative expects the one given', () => {
    const issues = [
      issue('/kind', 'const', { allowedValue: 'card' }),
      issue('/kind', 'const', { allowedValue: 'bank_transfer' }),
      issue('', 'oneOf'),
    ];
    expect(closestIssue(issues)).toEqual({ issue: issues[0], discriminator: ['card', 'bank_transfer'] });
  });

  it('names the first issue when the value has another type than every alternative', () => {
    const issues = [issue('/m', 'type'), issue('/m', 'type'), issue('/m', 'oneOf')];
    expect(closestIssue(issues)).toEqual({ issue: issues[0] });
  });
});

describe('a receiver refusing a payload names the issue in the alternative it was written for', () => {
  it('a bank transfer with too long a reference is not told it lacks a card brand', () => {
    const data = {
      ...paymentSucceeded,
      method: { kind: 'bank_transfer', bankName: 'First Bank', ibanLast4: null, reference: 'R'.repeat(36) },
    };
    const check = validators['payment.succeeded@2'](data);
    expect(check.valid).toBe(false);
    if (check.valid) return;
    // The validator's own first issue is the card alternative's: it found no card brand.
    expect(check.issues[0]).toMatchObject({ pointer: '/method/brand', keyword: 'required' });
    const error = new InvalidPayloadError('payment.succeeded@2', check.issues);
    expect(error.message).toMatch(
      /^invalid data for payment\.succeeded@2 at \/method\/reference: must NOT have more than 35 characters \(and \d+ more\)$/,
    );
  });
});
