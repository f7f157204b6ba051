//go:build unix

package esco_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
)

// Issue 14.8: a named pipe called occupations_en.csv hung LoadDir. It is
// refused from its mode, without being opened, as every loader refuses one;
// so is an optional file that is a pipe or a link to nothing.
func TestNamedPipeIsRefused(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, esco.OccupationsFile), 0o644))
	_, err := esco.LoadDir(dir)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: occupations_en.csv: is a named pipe (FIFO): expected a regular file")

	dir = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, esco.OccupationsFile), []byte(occs), 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, esco.SkillsFile), 0o644))
	_, err = esco.LoadDir(dir)
	assert.Equal(t, []string{"skills_en.csv: is a named pipe (FIFO): expected a regular file"}, problemStrings(t, err))

	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, esco.ISCOGroupsFile), 0o644))
	require.NoError(t, os.Symlink("nowhere", filepath.Join(dir, esco.BroaderFile)))
	_, err = esco.ReadHierarchy(os.DirFS(dir))
	assert.Equal(t, []string{
		"ISCOGroups_en.csv: is a named pipe (FIFO): expected a regular file",
		"broaderRelationsOccPillar.csv: is a symbolic link to a file that does not exist",
	}, problemStrings(t, err))
}
