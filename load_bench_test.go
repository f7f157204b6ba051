package rolemodel

import (
	"bytes"
	"encoding/json"
	"testing"
)

// BenchmarkLoadDefault measures loading the embedded catalog's YAML files.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadFS(DefaultFS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadDefaultJSON measures loading the same catalog as one line of
// JSON, the worst case for position tracking.
func BenchmarkLoadDefaultJSON(b *testing.B) {
	data, err := json.Marshal(Default())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
