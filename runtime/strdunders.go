package runtime

// The dunder methods of str and its iterators, derived from their slots
// ("ab".__len__(), str.__add__, super().__eq__ in a str subclass,
// iter("ab").__next__()). This file's init runs
// after str.go's, which fills the slots (the go tool runs a package's
// init functions in file-name order).
func init() {
	addSlotMethods(StrType)
	addSlotMethods(StrIteratorType)
	addSlotMethods(StrASCIIIteratorType)
	// CPython's str has no __bool__: its truth comes from __len__.
	StrType.Dict.DelStr("__bool__")
}
