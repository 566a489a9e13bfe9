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

// setStrShaped is SetStr for the attribute dict of an instance, with the
// key object (and its hash) of a new key taken from the class's shape.
func (d *Dict) setStrShaped(k string, v Value, shape *instanceShape) {
	d.mu.Lock()
	known := shape.at(len(d.entries), k)
	var h int64
	if known != nil {
		h = known.hashValue()
	} else {
		h = HashString(k)
	}
	if pos := d.findStrLocked(k, h); pos >= 0 {
		d.entries[pos].value = v
		d.mutations.Add(1)
	} else if known != nil {
		d.insertNewLocked(Obj(known), h, v)
	} else {
		d.insertNewLocked(shape.newKey(len(d.entries), k, h), h, v)
	}
	d.mu.Unlock()
}
