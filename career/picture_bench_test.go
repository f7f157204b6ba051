package career

import (
	"io"
	"testing"
)

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)

// BenchmarkWriteDOT and BenchmarkWriteMermaid draw the whole generated
// graph; B/op divided by the roles is the memory a picture costs per role.
func BenchmarkWriteDOT(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.Name, func(b *testing.B) {
			_, g := fixtures(sz)
			b.ReportAllocs()
			var w countingWriter
			for b.Loop() {
				w.n = 0
				if err := g.WriteDOT(&w); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w.n), "bytes-written")
			b.ReportMetric(float64(g.Len()), "roles")
		})
	}
}

func BenchmarkWriteMermaid(b *testing.B) {
	for _, sz := range sizes {
		b.Run(sz.Name, func(b *testing.B) {
			_, g := fixtures(sz)
			b.ReportAllocs()
			var w countingWriter
			for b.Loop() {
				w.n = 0
				if err := g.WriteMermaid(&w); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(w.n), "bytes-written")
			b.ReportMetric(float64(g.Len()), "roles")
		})
	}
}
