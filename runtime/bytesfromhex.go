package runtime

// bytes.fromhex and bytes.isascii, with CPython's rules: ASCII whitespace
// may separate the two-digit pairs of fromhex's argument, nothing else.

func init() {
	// fromhex is a classmethod; a plain built-in function does not bind,
	// so bytes.fromhex and b"".fromhex both reach it unchanged.
	BytesType.Dict.SetStr("fromhex", Obj(&Builtin{Name: "fromhex", Fn: bytesFromHex}))
	BytesType.AddMethod("isascii", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("isascii", args, kwargs); err != nil {
			return Value{}, err
		}
		b, _ := AsBytes(self)
		for _, c := range b {
			if c >= 0x80 {
				return False, nil
			}
		}
		return True, nil
	})
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func bytesFromHex(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("fromhex", args, kwargs); err != nil {
		return Value{}, err
	}
	s, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	out := make([]byte, 0, len(s)/2)
	// Positions in the message count code points; a non-ASCII character is
	// never valid, so the byte index is right up to the first one.
	for i := 0; i < len(s); {
		if isASCIISpace(rune(s[i])) {
			i++
			continue
		}
		hi, ok := hexDigit(s[i])
		if !ok {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		lo, ok := hexDigit(s[i+1])
		if !ok {
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return NewBytes(out), nil
}
