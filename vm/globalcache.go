package vm

import (
	"sync/atomic"

	"minipy/runtime"
)

// The LOAD_GLOBAL cache. A global lookup is a dict lookup in the module's
// globals, then in the builtins, each under the dict's lock: in a call
// like fib(n - 1) it costs more than the rest of the instruction. Each
// code object keeps, per name, the last result with the mutation counters
// of both dicts (runtime.Dict.Mutations) at the time; while neither dict
// has changed, the cached value is the answer, found without a lock.
//
// A code object is shared by every thread, so an entry is immutable and
// published through an atomic pointer. A name whose dicts keep changing
// (a module-level loop assigning globals) stops being cached after
// maxGlobalFills refills: its entry is dropped, so the cache neither
// allocates in a hot loop nor costs more than a nil check there. Module
// bodies get no cache at all: a loop at module level assigns its loop
// variable, a global, at every step, which would defeat it anyway.

const maxGlobalFills = 32

// globalSlot is the cache of one name of a code object.
type globalSlot struct {
	entry atomic.Pointer[globalEntry] // nil: nothing cached (or given up)
	fills atomic.Int32                // how many times the entry was refilled
	// attr is the cache of LOAD_ATTR and STORE_ATTR of the name
	// (runtime/attrsite.go).
	attr runtime.AttrSite
}

// globalEntry is one cached lookup: valid while globals and builtins
// still have the mutation counts gmut and bmut.
type globalEntry struct {
	globals    *runtime.Dict
	gmut, bmut uint64
	value      runtime.Value
}

// cachedGlobal returns the cached value of global name i, if still valid.
func (c *Code) cachedGlobal(i int, globals, builtins *runtime.Dict) (runtime.Value, bool) {
	e := c.globalCache[i].entry.Load()
	if e == nil || e.globals != globals || e.gmut != globals.Mutations() || e.bmut != builtins.Mutations() {
		return runtime.Value{}, false
	}
	return e.value, true
}

// loadGlobal looks global name i up in globals then builtins, refilling
// the cache while the name has not used up its refills.
func (c *Code) loadGlobal(i int, globals, builtins *runtime.Dict) (runtime.Value, bool) {
	slot := &c.globalCache[i]
	if slot.fills.Load() >= maxGlobalFills {
		return lookupGlobal(c.Names[i], globals, builtins)
	}
	// The counters are read before the lookups: a change racing with them
	// leaves an entry that is already stale, never a wrong one.
	gmut, bmut := globals.Mutations(), builtins.Mutations()
	v, ok := lookupGlobal(c.Names[i], globals, builtins)
	if !ok {
		return v, false
	}
	if slot.fills.Add(1) >= maxGlobalFills {
		slot.entry.Store(nil)
	} else {
		slot.entry.Store(&globalEntry{globals: globals, gmut: gmut, bmut: bmut, value: v})
	}
	return v, true
}

// lookupGlobal is the uncached lookup: globals, then builtins.
func lookupGlobal(name string, globals, builtins *runtime.Dict) (runtime.Value, bool) {
	if v, ok := globals.GetStr(name); ok {
		return v, true
	}
	return builtins.GetStr(name)
}
