import { describe, expect, it } from 'vitest'
import { csvCell, guardFormula, quoteField, toCsv } from './csv.ts'

describe('CSV', () => {
  it('quotes fields with a comma, quote, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(quoteField('plain')).toBe('plain')
    expect(quoteField('a,b')).toBe('"a,b"')
    expect(quoteField('say "hi"')).toBe('"say ""hi"""')
    expect(quoteField('two\nlines')).toBe('"two\nlines"')
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"')
  })

  it('turns would-be formulas into text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`)
    }
    expect(guardFormula('safe=1')).toBe('safe=1')
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`)
    expect(csvCell('-1+1,2')).toBe(`"'-1+1,2"`)
  })

  it('writes numbers and booleans as they are, null as an empty cell', () => {
    expect(csvCell(12.5)).toBe('12.5')
    expect(csvCell(-3)).toBe('-3') // numbers are never guarded: they are not formulas
    expect(csvCell(true)).toBe('true')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('joins records with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, '@me'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,\'@me\r\n')
  })
})
