package rolemodel

import "slices"

// nameIndex maps each folded title and alias (names.Fold) to the roles
// that have it. The loader builds it while it checks that names are
// unique, with roles by their position in the document; the catalog then
// turns those into positions in ID order. A name maps to an entry rather
// than to its roles, so that turning positions over rewrites a slice and
// not the map.
type nameIndex struct {
	at     map[string]int32  // folded name -> entry
	first  []int32           // per entry: the role with the name, the first of several
	shared map[int32][]int32 // per entry that several roles have: all of them, in order
}

func newNameIndex(n int) nameIndex {
	return nameIndex{at: make(map[string]int32, n), first: make([]int32, 0, n)}
}

// add records that role has the name folded to key, unless it is already
// recorded for it, and returns the first role recorded for key before (or
// -1). With shared set, a name may be several roles'.
func (x *nameIndex) add(key string, role int32, shared bool) (prev int32) {
	e, ok := x.at[key]
	if !ok {
		x.at[key] = int32(len(x.first))
		x.first = append(x.first, role)
		return -1
	}
	prev = x.first[e]
	if prev == role || !shared {
		return prev
	}
	all := x.shared[e]
	if all == nil {
		all = []int32{prev}
	}
	if all[len(all)-1] != role {
		if x.shared == nil {
			x.shared = map[int32][]int32{}
		}
		x.shared[e] = append(all, role)
	}
	return prev
}

// renumber replaces every role position p with to[p], keeping the roles of
// each name in increasing order.
func (x *nameIndex) renumber(to []int) {
	for e, p := range x.first {
		x.first[e] = int32(to[p])
	}
	for e, all := range x.shared {
		for k, p := range all {
			all[k] = int32(to[p])
		}
		slices.Sort(all)
		x.first[e] = all[0]
	}
}

// roles returns the roles with the name folded to key: the first, and all
// of them when there are several.
func (x *nameIndex) roles(key string) (first int32, all []int32, ok bool) {
	e, ok := x.at[key]
	if !ok {
		return 0, nil, false
	}
	return x.first[e], x.shared[e], true
}
