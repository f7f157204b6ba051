package esco_test

import (
	"archive/zip"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
)

// writeZip writes the files of src named by names into a new zip at path,
// under the folder dir when not empty.
func writeZip(t testing.TB, path, src, dir string, names ...string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	w := zip.NewWriter(f)
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(src, name))
		require.NoError(t, err)
		zw, err := w.Create(strings.TrimPrefix(dir+"/"+name, "/"))
		require.NoError(t, err)
		_, err = zw.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	require.NoError(t, f.Close())
}

// ESCO's two downloads, zipped as the Commission publishes them: the
// classification of one language, in a folder, and the relations.
func fixtureZips(t testing.TB) []string {
	dir := t.TempDir()
	classification := filepath.Join(dir, "ESCO dataset - v1.1.1 - classification - en - csv.zip")
	relations := filepath.Join(dir, "ESCO dataset - v1.1.1 - relations.zip")
	writeZip(t, classification, "testdata/v1.1", "ESCO dataset - v1.1.1 - classification - en - csv",
		esco.OccupationsFile, esco.SkillsFile, esco.ISCOGroupsFile)
	writeZip(t, relations, "testdata/v1.1", "", esco.RelationsFile, esco.BroaderFile)
	return []string{classification, relations}
}

func TestZips(t *testing.T) {
	paths := fixtureZips(t)
	want, err := esco.Load(os.DirFS("testdata/v1.1"), esco.Version("1.1.1"))
	require.NoError(t, err)

	c, err := esco.LoadZips(paths)
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(want.Roles()), slices.Collect(c.Roles()))
	assert.Equal(t, slices.Collect(want.Skills()), slices.Collect(c.Skills()))
	assert.Equal(t, slices.Collect(want.Sources()), slices.Collect(c.Sources()), "the version from the zips' names")

	z, err := esco.OpenZips(paths...)
	require.NoError(t, err)
	defer z.Close()
	assert.Equal(t, "1.1.1", z.Version())
	require.NoError(t, fstest.TestFS(z, esco.OccupationsFile, esco.SkillsFile, esco.ISCOGroupsFile, esco.RelationsFile, esco.BroaderFile))
	h, err := esco.ReadHierarchy(z)
	require.NoError(t, err)
	assert.Equal(t, 14, h.NumGroups())
	_, err = fs.Stat(z, "ESCO dataset - v1.1.1 - classification - en - csv/"+esco.OccupationsFile)
	assert.ErrorIs(t, err, fs.ErrNotExist, "files are named by their base names")
}

func TestZipsFirstWins(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.zip"), filepath.Join(dir, "b.zip")
	writeZip(t, a, "testdata/v1.1", "", esco.OccupationsFile)
	writeZip(t, b, "testdata/v1.0", "x", esco.OccupationsFile, esco.SkillsFileUS)
	z, err := esco.OpenZips(a, b)
	require.NoError(t, err)
	defer z.Close()
	got, err := fs.ReadFile(z, esco.OccupationsFile)
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/v1.1/" + esco.OccupationsFile)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	entries, err := fs.ReadDir(z, ".")
	require.NoError(t, err)
	require.Len(t, entries, 2)
	assert.Equal(t, esco.OccupationsFile, entries[0].Name())
	assert.Equal(t, "", z.Version())
}

func TestZipsRefused(t *testing.T) {
	dir := t.TempDir()
	notZip := filepath.Join(dir, "occupations_en.csv")
	require.NoError(t, os.WriteFile(notZip, []byte("conceptUri,preferredLabel\n"), 0o644))
	good := filepath.Join(dir, "good.zip")
	writeZip(t, good, "testdata/v1.1", "", esco.OccupationsFile)

	_, err := esco.OpenZips(good, notZip, filepath.Join(dir, "missing.zip"), dir)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 3, "%v", err)
	for _, p := range ve.Problems {
		assert.ErrorIs(t, p.Kind, rolemodel.ErrUnreadable)
	}
	assert.Equal(t, notZip, ve.Problems[0].File)
	assert.Contains(t, ve.Problems[0].Message, "not a zip archive")
	assert.ErrorIs(t, err, fs.ErrNotExist)

	_, err = esco.OpenZips()
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)

	// A file whose zip entry says more than the limit is refused before
	// it is unzipped.
	_, err = esco.LoadZips([]string{good}, esco.MaxFileSize(100))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
}

// A zip entry that unzips to more than its recorded size is stopped by
// archive/zip's checks, not read whole.
func TestZipsLyingSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lying.zip")
	f, err := os.Create(path)
	require.NoError(t, err)
	w := zip.NewWriter(f)
	data := []byte(strings.Repeat("conceptUri,preferredLabel\n", 1000))
	zw, err := w.CreateRaw(&zip.FileHeader{Name: esco.OccupationsFile, Method: zip.Store, CompressedSize64: uint64(len(data)), UncompressedSize64: 30})
	require.NoError(t, err)
	_, err = zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.NoError(t, f.Close())

	_, err = esco.LoadZips([]string{path})
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorIs(t, err, zip.ErrFormat)
	assert.Equal(t, esco.OccupationsFile, ve.Problems[0].File)
}
