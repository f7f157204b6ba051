package salary_test

import (
	"testing"

	"github.com/rolemodel/rolemodel/salary"
)

var (
	sinkRange  salary.Range
	sinkString string
)

// BenchmarkParse parses every form the issue lists, in turn, and reports
// parses per second.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r, err := salary.Parse(issueForms[n%len(issueForms)])
		if err != nil {
			b.Fatal(err)
		}
		sinkRange = r
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "parses/s")
}

// BenchmarkParseError measures the error path, which allocates the error.
func BenchmarkParseError(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, err := salary.Parse("€5.000")
		if err == nil {
			b.Fatal("no error")
		}
	}
}

// BenchmarkRangeString formats a range.
func BenchmarkRangeString(b *testing.B) {
	r := salary.MustParse("$150,000 - $250,000+ per year")
	b.ReportAllocs()
	for b.Loop() {
		sinkString = r.String()
	}
}

// BenchmarkParseCodes parses figures whose currency is an ISO code looked up
// in golang.org/x/text.
func BenchmarkParseCodes(b *testing.B) {
	forms := []string{"JPY 5,000,000 - 6,000,000", "BHD 1,234.500", "150000 CAD per year", "C$90,000"}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r, err := salary.Parse(forms[n%len(forms)])
		if err != nil {
			b.Fatal(err)
		}
		sinkRange = r
		n++
	}
}
