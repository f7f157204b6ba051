package esco_test

import (
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
)

func TestHierarchyFixture(t *testing.T) {
	h, err := esco.ReadHierarchy(os.DirFS("testdata/v1.0"))
	require.NoError(t, err)
	assert.Equal(t, 14, h.NumGroups())
	assert.Equal(t, 20, h.NumRelations())
	g, ok := h.ISCOGroup(cisoURI)
	require.True(t, ok)
	assert.Equal(t, "2529", g.Code)
	assert.Equal(t, "Database and network professionals not elsewhere classified", g.Label)
	_, ok = h.Group("9999")
	assert.False(t, ok)
	assert.Empty(t, h.Broader("http://example.org/unknown"))

	// Results are copies.
	up := h.Broader(cisoURI)
	up[0] = "changed"
	assert.Equal(t, []string{g.URI}, h.Broader(cisoURI))
}

func TestHierarchyZero(t *testing.T) {
	for _, h := range []*esco.Hierarchy{nil, {}} {
		assert.Zero(t, h.NumGroups())
		assert.Zero(t, h.NumRelations())
		assert.Empty(t, slices.Collect(h.Groups()))
		assert.Empty(t, slices.Collect(h.Ancestors("x")))
		_, ok := h.Group("1")
		assert.False(t, ok)
		_, ok = h.ISCOGroup("x")
		assert.False(t, ok)
		assert.Empty(t, h.Narrower("x"))
	}
	h, err := esco.ReadHierarchy(fstest.MapFS{})
	require.NoError(t, err, "missing files leave the hierarchy empty")
	assert.Zero(t, h.NumGroups())
}

func TestHierarchyCycle(t *testing.T) {
	h, err := esco.ReadHierarchy(fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\r\na,b\r\nb,c\r\nc,a\r\n")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"b", "c"}, slices.Collect(h.Ancestors("a")), "a cycle ends the walk")
	_, ok := h.ISCOGroup("a")
	assert.False(t, ok)
}

const BroaderFile = esco.BroaderFile

func TestHierarchyBadInput(t *testing.T) {
	const groups = "conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://x/C1,1,Managers\n"
	tests := []struct {
		name  string
		files fstest.MapFS
		kind  error
		file  string
		line  int
	}{
		{"bad code", fstest.MapFS{esco.ISCOGroupsFile: {Data: []byte(groups + "ISCOGroup,http://x/C2,2x,P\n")}}, rolemodel.ErrInvalidValue, esco.ISCOGroupsFile, 3},
		{"duplicate code", fstest.MapFS{esco.ISCOGroupsFile: {Data: []byte(groups + "ISCOGroup,http://x/C2,1,P\n")}}, rolemodel.ErrDuplicate, esco.ISCOGroupsFile, 3},
		{"duplicate URI", fstest.MapFS{esco.ISCOGroupsFile: {Data: []byte(groups + "ISCOGroup,http://x/C1,2,P\n")}}, rolemodel.ErrDuplicate, esco.ISCOGroupsFile, 3},
		{"empty URI", fstest.MapFS{esco.ISCOGroupsFile: {Data: []byte(groups + "ISCOGroup,,2,P\n")}}, rolemodel.ErrInvalidValue, esco.ISCOGroupsFile, 3},
		{"missing column", fstest.MapFS{esco.ISCOGroupsFile: {Data: []byte("conceptUri,preferredLabel\n")}}, rolemodel.ErrInvalidValue, esco.ISCOGroupsFile, 1},
		{"wrong field count", fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\na,b\nc\n")}}, rolemodel.ErrSyntax, BroaderFile, 3},
		{"duplicate relation", fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\na,b\na,b\n")}}, rolemodel.ErrDuplicate, BroaderFile, 3},
		{"self", fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\na,a\n")}}, rolemodel.ErrReference, BroaderFile, 2},
		{"empty broader", fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\na,\n")}}, rolemodel.ErrInvalidValue, BroaderFile, 2},
		{"invalid UTF-8", fstest.MapFS{BroaderFile: {Data: []byte("conceptUri,broaderUri\na,\xc3\n")}}, rolemodel.ErrSyntax, BroaderFile, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := esco.ReadHierarchy(tt.files)
			assert.Nil(t, h)
			requireProblem(t, err, tt.kind, tt.file, tt.line, "")
		})
	}
}
