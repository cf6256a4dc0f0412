// Performance data as real plugins print it, including the awkward corners of the format.
import { describe, expect, it } from 'vitest';
import { parsePerfdata } from '../../../../src/domain/checks/perfdata.js';

describe('parsePerfdata', () => {
  it('reads a full item with unit, thresholds and bounds', () => {
    expect(parsePerfdata('time=0.012345s;1.000000;3.000000;0.000000;10.000000')).toEqual([
      { label: 'time', value: 0.012345, uom: 's', warn: '1.000000', crit: '3.000000', min: 0, max: 10 },
    ]);
  });

  it('reads several items and leaves out fields that are absent', () => {
    expect(parsePerfdata('size=1234B;;;0 rta=0.5ms;100.0;500.0;0; pl=0%;20;60;0;100')).toEqual([
      { label: 'size', value: 1234, uom: 'B', min: 0 },
      { label: 'rta', value: 0.5, uom: 'ms', warn: '100.0', crit: '500.0', min: 0 },
      { label: 'pl', value: 0, uom: '%', warn: '20', crit: '60', min: 0, max: 100 },
    ]);
  });

  it('reads quoted labels with spaces and doubled quotes', () => {
    expect(parsePerfdata("'queue depth'=42;100;500 'it''s'=1")).toEqual([
      { label: 'queue depth', value: 42, uom: '', warn: '100', crit: '500' },
      { label: "it's", value: 1, uom: '' },
    ]);
  });

  it('keeps range thresholds as text', () => {
    expect(parsePerfdata('temp=-3.5C;@10:20;~:30')).toEqual([{ label: 'temp', value: -3.5, uom: 'C', warn: '@10:20', crit: '~:30' }]);
  });

  it('reads check_disk style labels with slashes and counters', () => {
    expect(parsePerfdata('/=2643MB;5948;5958;0;5968 /boot=68MB;88;93;0;98 requests=1200c')).toEqual([
      { label: '/', value: 2643, uom: 'MB', warn: '5948', crit: '5958', min: 0, max: 5968 },
      { label: '/boot', value: 68, uom: 'MB', warn: '88', crit: '93', min: 0, max: 98 },
      { label: 'requests', value: 1200, uom: 'c' },
    ]);
  });

  it('skips malformed and undetermined items but keeps the good ones', () => {
    expect(parsePerfdata("junk load1=0.5 =3 x=U;1;2 'open=4 y=abc z=2e3")).toEqual([
      { label: 'load1', value: 0.5, uom: '' },
      { label: 'z', value: 2000, uom: '' },
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(parsePerfdata('   ')).toEqual([]);
  });
});
