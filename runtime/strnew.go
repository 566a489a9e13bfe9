package runtime

// strNew is the str type's constructor: str(), str(object) and
// str(bytes, encoding[, errors]).
func strNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "str() takes at most 3 arguments (%d given)", len(args))
	}
	var obj, encoding, errors Value
	slots := []*Value{&obj, &encoding, &errors}
	for i, a := range args {
		*slots[i] = a
	}
	for _, kw := range kwargs {
		var slot *Value
		switch kw.Name {
		case "object":
			slot = &obj
		case "encoding":
			slot = &encoding
		case "errors":
			slot = &errors
		default:
			return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for str()", kw.Name)
		}
		if !slot.IsNull() {
			return Value{}, Errorf(TypeErrorType, "argument for str() given by name ('%s') and position", kw.Name)
		}
		*slot = kw.Value
	}
	if encoding.IsNull() && errors.IsNull() {
		if obj.IsNull() {
			return emptyStr, nil
		}
		if obj.IsInt() {
			return intStr(obj.AsInt()), nil
		}
		if obj.Type() == StrType {
			return obj, nil
		}
		s, err := StrOf(t, obj)
		if err != nil {
			return Value{}, err
		}
		return NewStr(s), nil
	}
	if obj.IsNull() {
		return emptyStr, nil
	}
	enc, errs := "utf-8", "strict"
	var err error
	if !encoding.IsNull() {
		if enc, err = strArg("str", "encoding", encoding); err != nil {
			return Value{}, err
		}
	}
	if !errors.IsNull() {
		if errs, err = strArg("str", "errors", errors); err != nil {
			return Value{}, err
		}
	}
	b, ok := AsBytes(obj)
	if !ok {
		if obj.Type() == StrType {
			return Value{}, Errorf(TypeErrorType, "decoding str is not supported")
		}
		return Value{}, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
	}
	return decodeBytes(b, enc, errs)
}
