package vm

import "minipy/runtime"

// A generator's __iter__ and __next__ methods (gen.__next__(), and classes
// whose __next__ delegates to one), derived from the slots that
// generator.go's init fills; this file's init runs after it (the go tool
// runs a package's init functions in file-name order).
func init() {
	runtime.AddSlotMethods(GeneratorType)
}
