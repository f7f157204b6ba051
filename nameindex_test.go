package rolemodel

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// view is what x says: each name's roles, in order. Two indexes of the
// same names are equal in view however their entries are numbered.
func (x *nameIndex) view() map[string][]int32 {
	out := make(map[string][]int32, len(x.at))
	for k := range x.at {
		first, all, _ := x.roles(k)
		if all == nil {
			all = []int32{first}
		}
		out[k] = all
	}
	return out
}

func TestNameIndex(t *testing.T) {
	x := newNameIndex(4)
	assert.Equal(t, int32(-1), x.add("a", 0, true))
	assert.Equal(t, int32(-1), x.add("b", 0, true))
	assert.Equal(t, int32(0), x.add("a", 0, true), "the same role again")
	assert.Equal(t, int32(0), x.add("a", 2, true))
	assert.Equal(t, int32(0), x.add("a", 2, true), "recorded once")
	assert.Equal(t, int32(-1), x.add("c", 1, true))
	assert.Equal(t, int32(0), x.add("a", 1, false), "not shared: reported, not recorded")
	assert.Equal(t, map[string][]int32{"a": {0, 2}, "b": {0}, "c": {1}}, x.view())

	// Positions 0, 1, 2 become 2, 0, 1: each name's roles stay in order.
	x.renumber([]int{2, 0, 1})
	assert.Equal(t, map[string][]int32{"a": {1, 2}, "b": {2}, "c": {0}}, x.view())
	first, all, ok := x.roles("a")
	assert.True(t, ok)
	assert.Equal(t, int32(1), first)
	assert.Equal(t, []int32{1, 2}, all)
	_, _, ok = x.roles("d")
	assert.False(t, ok)
}
