import { describe, expect, it } from 'vitest';
import { normalizeDatabaseUrl } from '../../src/background/couch-address';

describe('normalizeDatabaseUrl', () => {
  it.each([
    ['  https://couch.example.org/medical-affairs  ', 'https://couch.example.org/medical-affairs'],
    ['https://couch.example.org/medical-affairs/', 'https://couch.example.org/medical-affairs'],
    ['https://couch.example.org/team//?x=1#top', 'https://couch.example.org/team'],
    ['https://couch.example.org:6984/couch/team', 'https://couch.example.org:6984/couch/team'],
    ['HTTPS://Couch.Example.org/team', 'https://couch.example.org/team'],
    ['http://localhost:5984/team', 'http://localhost:5984/team'],
    ['http://127.0.0.1:5984/team', 'http://127.0.0.1:5984/team'],
  ])('cleans %j', (input, expected) => {
    expect(normalizeDatabaseUrl(input)).toBe(expected);
  });

  it.each([
    ['', /enter the database address/i],
    ['couch.example.org/team', /not a web address/],
    ['http://couch.example.org/team', /must start with https:\/\//],
    // The browser is never asked to allow plain http to other local addresses (manifest).
    ['http://[::1]:5984/team', /must start with https:\/\//],
    ['ftp://couch.example.org/team', /must start with https:\/\//],
    ['https://ann:secret@couch.example.org/team', /user name and password fields/],
    ['https://couch.example.org/', /add the database name/i],
    ['https://couch.example.org', /add the database name/i],
  ])('refuses %j', (input, message) => {
    expect(() => normalizeDatabaseUrl(input)).toThrow(message);
  });

  it('never repeats an embedded password in its message', () => {
    expect(() => normalizeDatabaseUrl('https://ann:s3cret@couch.example.org/team')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});
