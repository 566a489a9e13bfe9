package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The text codecs behind str.encode and bytes.decode: utf-8, ascii and
// latin-1, with the strict, ignore, replace and backslashreplace error
// handlers, and CPython's wording of UnicodeDecodeError/UnicodeEncodeError.

// codec names a supported encoding, as CPython spells it in messages.
type codec string

const (
	codecUTF8   codec = "utf-8"
	codecASCII  codec = "ascii"
	codecLatin1 codec = "latin-1"
)

// lookupCodec normalises an encoding name as CPython's codec registry does
// (case, '-' and ' ' are insignificant) and finds the codec.
func lookupCodec(name string) (codec, error) {
	n := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(name))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001":
		return codecUTF8, nil
	case "ascii", "us_ascii", "646":
		return codecASCII, nil
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
		return codecLatin1, nil
	}
	return "", Errorf(LookupErrorType, "unknown encoding: %s", name)
}

// checkErrorHandler validates the errors= argument.
func checkErrorHandler(errors string) error {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace":
		return nil
	}
	return Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(b []byte, encoding, errors string) (Value, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return Value{}, err
	}
	if err := checkErrorHandler(errors); err != nil {
		return Value{}, err
	}
	switch c {
	case codecLatin1:
		rs := make([]rune, len(b))
		for i, x := range b {
			rs[i] = rune(x)
		}
		return newStrLen(string(rs), len(b)), nil
	case codecASCII:
		if isASCIIBytes(b) {
			return newStrLen(string(b), len(b)), nil
		}
		return decodeWith(b, c, errors, func(b []byte, i int) (rune, int, int, string) {
			if b[i] < utf8.RuneSelf {
				return rune(b[i]), 1, 0, ""
			}
			return 0, 0, 1, "ordinal not in range(128)"
		})
	}
	if utf8.Valid(b) {
		return NewStr(string(b)), nil
	}
	return decodeWith(b, c, errors, decodeUTF8Char)
}

// decodeWith runs a one-character decoder over b, applying the error
// handler to the spans it rejects. step returns either the rune and its
// size, or the length of the invalid span and the reason.
func decodeWith(b []byte, c codec, errors string, step func(b []byte, i int) (r rune, size, bad int, reason string)) (Value, error) {
	var out strings.Builder
	for i := 0; i < len(b); {
		r, size, bad, reason := step(b, i)
		if bad == 0 {
			out.WriteRune(r)
			i += size
			continue
		}
		switch errors {
		case "strict":
			pos := "byte 0x" + hex2(b[i]) + " in position " + strconv.Itoa(i)
			if bad > 1 {
				pos = "bytes in position " + strconv.Itoa(i) + "-" + strconv.Itoa(i+bad-1)
			}
			return Value{}, Errorf(UnicodeDecodeErrorType, "'%s' codec can't decode %s: %s", c, pos, reason)
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, x := range b[i : i+bad] {
				out.WriteString(`\x` + hex2(x))
			}
		}
		i += bad
	}
	return NewStr(out.String()), nil
}

// decodeUTF8Char decodes one UTF-8 sequence at b[i], classifying errors as
// CPython's decoder does (invalid start byte, invalid continuation byte,
// unexpected end of data) and measuring the invalid span the same way.
func decodeUTF8Char(b []byte, i int) (rune, int, int, string) {
	c := b[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, 0, ""
	}
	var n int
	lo, hi := byte(0x80), byte(0xBF) // allowed range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 2
	case c >= 0xE0 && c <= 0xEF:
		n = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		n = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0, 0, 1, "invalid start byte"
	}
	for k := 1; k < n; k++ {
		if i+k >= len(b) {
			return 0, 0, k, "unexpected end of data"
		}
		x := b[i+k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xBF) {
			return 0, 0, k, "invalid continuation byte"
		}
	}
	r, size := utf8.DecodeRune(b[i : i+n])
	return r, size, 0, ""
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(s *Str, encoding, errors string) (Value, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return Value{}, err
	}
	if err := checkErrorHandler(errors); err != nil {
		return Value{}, err
	}
	if c == codecUTF8 || s.isASCII() {
		return NewBytes([]byte(s.s)), nil
	}
	limit, rangeText := rune(0x80), "ordinal not in range(128)"
	if c == codecLatin1 {
		limit, rangeText = 0x100, "ordinal not in range(256)"
	}
	rs := s.runeSlice()
	out := make([]byte, 0, len(s.s))
	for pos := 0; pos < len(rs); pos++ {
		r := rs[pos]
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		switch errors {
		case "strict":
			end := pos + 1 // CPython reports the whole run of unencodable characters
			for end < len(rs) && rs[end] >= limit {
				end++
			}
			if end-pos > 1 {
				return Value{}, Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode characters in position %d-%d: %s",
					c, pos, end-1, rangeText)
			}
			return Value{}, Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode character '%s' in position %d: %s",
				c, escapeRune(r), pos, rangeText)
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			out = append(out, escapeRune(r)...)
		}
	}
	return NewBytes(out), nil
}

const hexDigits = "0123456789abcdef"

// hex2 is a byte as two lower-case hex digits.
func hex2(b byte) string { return string([]byte{hexDigits[b>>4], hexDigits[b&15]}) }

func isASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
