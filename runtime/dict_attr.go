package runtime

// The dict operations of instance attribute stores (instance_shape.go):
// storage supplied by the instance's allocation, and keys supplied by the
// class's shape.

// setStorage gives an empty dict its entries (length 0, capacity the
// index's usable size) and index, allocated by the caller along with the
// dict.
func (d *Dict) setStorage(entries []dictEntry, index []dictSlot) {
	for i := range index {
		index[i] = slotEmpty
	}
	d.entries, d.index = entries, index
}

// setStrShaped is SetStr for the attribute dict of an instance: a new key
// is the object shape gives for its position (see instanceShape.key).
func (d *Dict) setStrShaped(k string, v Value, shape *instanceShape) {
	h := HashString(k)
	d.mu.Lock()
	if pos := d.findStrLocked(k, h); pos >= 0 {
		d.entries[pos].value = v
		d.mutations.Add(1)
	} else {
		d.insertNewLocked(shape.key(len(d.entries), k, h), h, v)
	}
	d.mu.Unlock()
}
