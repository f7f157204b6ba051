package progression

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadFT reads the FT's engineering.yml (28 KB: 8 levels, 9
// themes, 72 competencies) into a catalog.
func BenchmarkReadFT(b *testing.B) {
	need(b, ftDir)
	data, err := os.ReadFile(filepath.Join(ftDir, "engineering.yml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadFT(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadMonzo reads Monzo's whole frameworks folder (17 files,
// 91 roles, 394 requirements) into a catalog, from a file system in memory
// so that the disk does not count.
func BenchmarkReadMonzo(b *testing.B) {
	need(b, monzoDir)
	fsys := memFS(b, monzoDir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadMonzo(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
