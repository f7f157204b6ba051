//go:build unix

package onet_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
)

// Issue 14.8: a named pipe called Occupation Data.txt hung LoadDir. It is
// refused from its mode, without being opened, as every loader refuses one;
// so is an optional file that is a pipe or a link to nothing.
func TestNamedPipeIsRefused(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, onet.OccupationsFile), 0o644))
	_, err := onet.LoadDir(dir)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: Occupation Data.txt: is a named pipe (FIFO): expected a regular file")

	dir = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, onet.OccupationsFile), []byte(occHeader+occRows), 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, onet.JobZonesFile), 0o644))
	require.NoError(t, os.Symlink("nowhere", filepath.Join(dir, onet.AlternatesFile)))
	_, err = onet.LoadDir(dir)
	assert.Equal(t, []string{
		"Job Zones.txt: is a named pipe (FIFO): expected a regular file",
		"Alternate Titles.txt: is a symbolic link to a file that does not exist",
	}, problemsOf(t, err))
}
