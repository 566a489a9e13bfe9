package runtime

import "testing"

// Mutations changes on every change of a key or a value, and only then.
func TestDictMutations(t *testing.T) {
	th := NewInterpreter().MainThread
	d := NewDict()
	last := d.Mutations()
	step := func(what string, changes bool, f func()) {
		t.Helper()
		f()
		now := d.Mutations()
		if (now != last) != changes {
			t.Errorf("%s: mutations %d -> %d, want a change: %v", what, last, now, changes)
		}
		last = now
	}
	step("SetStr new", true, func() { d.SetStr("a", Int(1)) })
	step("SetStr replace", true, func() { d.SetStr("a", Int(2)) })
	step("GetStr", false, func() { d.GetStr("a") })
	step("Set new", true, func() { _ = d.Set(th, Int(5), Int(1)) })
	step("Set replace", true, func() { _ = d.Set(th, Int(5), Int(2)) })
	step("Get", false, func() { _, _, _ = d.Get(th, Int(5)) })
	step("Delete", true, func() { _, _ = d.Delete(th, Int(5)) })
	step("Delete missing", false, func() { _, _ = d.Delete(th, Int(5)) })
	step("DelStr", true, func() { d.DelStr("a") })
	step("SetDefault new", true, func() { _, _ = d.SetDefault(th, Int(1), None) })
	step("SetDefault present", false, func() { _, _ = d.SetDefault(th, Int(1), None) })
	step("PopItem", true, func() { d.PopItem() })
	step("Clear", true, func() { d.Clear() })
}
