package career

// heapItem is a key and a role, as nodeHeap gives them.
type heapItem struct {
	hi, lo float64 // the key's cost
	mn     uint64  // the key's moves << 32 | the role
}

func (it heapItem) node() int32 { return int32(uint32(it.mn)) }

// is reports whether the item's key is k.
func (it heapItem) is(k key) bool {
	return it.hi == k.c.hi && it.lo == k.c.lo && int32(it.mn>>32) == k.m
}

func (it heapItem) key() key {
	return key{c: cost{it.hi, it.lo}, m: int32(it.mn >> 32)}
}

func less(a, b heapItem) bool {
	if a.hi != b.hi {
		return a.hi < b.hi
	}
	if a.lo != b.lo {
		return a.lo < b.lo
	}
	return a.mn < b.mn
}

// exactItem is a heapItem whose cost has no low part, as nodeHeap holds
// them when every cost is exact in float64 (config.exact): two thirds of
// the size, and one comparison fewer.
type exactItem struct {
	hi float64
	mn uint64
}

func lessExact(a, b exactItem) bool {
	if a.hi != b.hi {
		return a.hi < b.hi
	}
	return a.mn < b.mn
}

// nodeHeap is a binary min-heap of roles ordered by key, then role index,
// so that equal keys settle in ID order and answers are deterministic. It
// keeps its items in ex when every cost is exact (reset(true)), in items
// otherwise.
type nodeHeap struct {
	exact bool
	items []heapItem
	ex    []exactItem
}

func (h *nodeHeap) reset(exact bool) {
	h.exact, h.items, h.ex = exact, h.items[:0], h.ex[:0]
}

func (h *nodeHeap) len() int {
	if h.exact {
		return len(h.ex)
	}
	return len(h.items)
}

func (h *nodeHeap) top() heapItem {
	if h.exact {
		return heapItem{hi: h.ex[0].hi, mn: h.ex[0].mn}
	}
	return h.items[0]
}

func (h *nodeHeap) push(k key, n int32) {
	mn := uint64(k.m)<<32 | uint64(uint32(n))
	if h.exact {
		h.pushExact(exactItem{hi: k.c.hi, mn: mn})
		return
	}
	h.pushItem(heapItem{hi: k.c.hi, lo: k.c.lo, mn: mn})
}

func (h *nodeHeap) pop() heapItem {
	if h.exact {
		it := h.popExact()
		return heapItem{hi: it.hi, mn: it.mn}
	}
	return h.popItem()
}

// The two kinds of item have their own copies of the sift loops, so that
// the comparisons are inlined.

func (h *nodeHeap) pushExact(x exactItem) {
	a := append(h.ex, x)
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !lessExact(x, a[p]) {
			break
		}
		a[i] = a[p]
		i = p
	}
	a[i] = x
	h.ex = a
}

func (h *nodeHeap) popExact() exactItem {
	a := h.ex
	top := a[0]
	last := len(a) - 1
	x := a[last]
	a = a[:last]
	h.ex = a
	i := 0
	for {
		c := 2*i + 1
		if c >= last {
			break
		}
		if r := c + 1; r < last && lessExact(a[r], a[c]) {
			c = r
		}
		if !lessExact(a[c], x) {
			break
		}
		a[i] = a[c]
		i = c
	}
	if last > 0 {
		a[i] = x
	}
	return top
}

func (h *nodeHeap) pushItem(x heapItem) {
	a := append(h.items, x)
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less(x, a[p]) {
			break
		}
		a[i] = a[p]
		i = p
	}
	a[i] = x
	h.items = a
}

func (h *nodeHeap) popItem() heapItem {
	a := h.items
	top := a[0]
	last := len(a) - 1
	x := a[last]
	a = a[:last]
	h.items = a
	i := 0
	for {
		c := 2*i + 1
		if c >= last {
			break
		}
		if r := c + 1; r < last && less(a[r], a[c]) {
			c = r
		}
		if !less(a[c], x) {
			break
		}
		a[i] = a[c]
		i = c
	}
	if last > 0 {
		a[i] = x
	}
	return top
}
