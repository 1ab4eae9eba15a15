/**
 * Plain-words advice for each category. Gentle on purpose: a finding is a nudge to
 * disguise a detail, never a verdict.
 */
import type { PrivacyCategory } from './types.ts';

const MESSAGES: Record<PrivacyCategory, string> = {
  'watch-list': 'A word from your watch list. Consider initials, a code or a changed detail instead.',
  email: 'Looks like an email address. Consider leaving it out.',
  phone: 'Looks like a phone number. Consider leaving it out or changing it.',
  ssn: 'Looks like a Social Security number. Consider leaving it out.',
  date: 'Looks like a date with a day and month. Consider keeping only the month or year, or leaving it out.',
  age: 'Looks like an age over 89. Consider writing "90 or older" instead.',
  address: 'Looks like a street address. Consider leaving it out or naming only the region.',
  postcode: 'Looks like a ZIP code or postcode. Consider leaving it out.',
  'id-number': 'Looks like a record, account, licence or ID number. Consider leaving it out.',
  url: 'Looks like a web address. Consider leaving it out.',
  ip: 'Looks like an IP address. Consider leaving it out.',
  name: "Looks like a person's name. Consider initials or a code instead.",
  capitalised: "A capitalised word that might be a person's name. Consider initials or a code instead.",
};

/** The message a finding of this category carries, e.g. "Looks like a phone number. Consider …". */
export function privacyCategoryMessage(category: PrivacyCategory): string {
  return MESSAGES[category];
}
