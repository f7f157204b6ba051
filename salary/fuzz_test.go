package salary_test

import (
	"errors"
	"testing"

	"github.com/rolemodel/rolemodel/salary"
)

// FuzzParse checks, in the manner of net/netip's fuzz tests, that Parse
// never panics, that its errors are typed, and that whatever it accepts
// prints as a String that parses back to an equal Range and prints the same
// again. Its seeds run in plain go test.
func FuzzParse(f *testing.F) {
	seeds := append([]string{}, issueForms...)
	seeds = append(seeds,
		"", " ", "$", "+", "-", "$0", "$0 - $0", "$5 - $5",
		"median $142,500+ per year; region=\"United States\"; year=2024; source=\"x\"",
		"median just above U.S. $142,500", "p90 $300,000", "mean $1", "average $118,942 yearly",
		"€5.000", "$1.234", "BHD 1.500", "JPY 5.5M", "JPY 1.5", "$1.005", "$0.500",
		"1.234.567 EUR", "1.234,56 EUR", "$1,23", "$0,500", "$1234,567",
		"$92,233,720,368,547,758.07", "$92,233,720,368,547,758.08", "-$5",
		"¥5", "JP¥5", "CN¥5", "C$5", "XYZ 5", "5 XYZ", "$5 EUR", "$5 - £6", "$200 - $100",
		"$5+ - $6", "above $5 - $6", "$5/", "$5 per fortnight", "$5 p.a.", "$5 PER YEAR",
		"$5; year=-1", "$5; region=\"a\\\"b\"", "$5; region=`x`", "$5;year=1;year=2",
		"$5k5", "$5kg", "USDX 5", "U.S. 5", "U.S.$5", "$ 5", "$5\u00a0-\u202f$6",
		"at least £40,000 p.a.", "More Than $1M", "$250k+/yr", "$1,234.500",
	)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := salary.Parse(s)
		if err != nil {
			var pe *salary.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q): error %v is not a *ParseError", s, err)
			}
			if pe.Input != s || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("Parse(%q): error %+v does not locate the input", s, pe)
			}
			if !errors.Is(err, salary.ErrSyntax) && !errors.Is(err, salary.ErrRange) &&
				!errors.Is(err, salary.ErrUnknownCurrency) && !errors.Is(err, salary.ErrCurrencyMismatch) {
				t.Fatalf("Parse(%q): error %v unwraps to no sentinel", s, err)
			}
			if !r.IsZero() {
				t.Fatalf("Parse(%q) failed but returned %v", s, r)
			}
			return
		}
		if r.IsZero() {
			t.Fatalf("Parse(%q) succeeded with the zero Range", s)
		}
		if r.Min().Sign() < 0 || r.Min().MinorUnits() > r.Max().MinorUnits() {
			t.Fatalf("Parse(%q) = %v: figures out of order or negative", s, r)
		}
		str := r.String()
		back, err := salary.Parse(str)
		if err != nil {
			t.Fatalf("Parse(%q) = %v, but its String %q does not parse: %v", s, r, str, err)
		}
		if back != r {
			t.Fatalf("Parse(%q) = %#v, Parse(%q) = %#v", s, r, str, back)
		}
		if back.String() != str {
			t.Fatalf("String is not stable: %q then %q", str, back.String())
		}
		txt, err := r.MarshalText()
		if err != nil || string(txt) != str {
			t.Fatalf("MarshalText = %q, %v; want %q", txt, err, str)
		}
		if !r.Contains(r.Min()) {
			t.Fatalf("%v does not contain its Min", r)
		}
		mid := r.Midpoint()
		if mid.MinorUnits() < r.Min().MinorUnits() || mid.MinorUnits() > r.Max().MinorUnits() {
			t.Fatalf("%v: midpoint %v outside the figures", r, mid)
		}
	})
}

// FuzzParseMoney checks that ParseMoney never panics and that what it
// accepts round-trips through both String and Short.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"USD 150,000.00", "$150,000", "-$5", "USD -0.01", "BHD -1.500", "0", "", "JPY -9,223,372,036,854,775,808", "$5+", "€5.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := salary.ParseMoney(s)
		if err != nil {
			var pe *salary.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseMoney(%q): error %v is not a *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseMoney(%q): error %+v does not locate the input", s, pe)
			}
			return
		}
		for _, str := range []string{m.String(), m.Short()} {
			back, err := salary.ParseMoney(str)
			if err != nil || back != m {
				t.Fatalf("ParseMoney(%q) = %v; ParseMoney(%q) = %v, %v", s, m, str, back, err)
			}
		}
	})
}

// FuzzParseBand checks that ParseBand never panics and that what it accepts
// round-trips through String.
func FuzzParseBand(f *testing.F) {
	for _, s := range []string{"$80,000 - $120,000, midpoint $100,000", "$80k–$120k, Midpoint $100k", "BHD 1.500 - BHD 2.500, midpoint BHD 2", "", "$1 - $2, midpoint $3", "$0 - $1, midpoint $1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := salary.ParseBand(s)
		if err != nil {
			var pe *salary.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseBand(%q): error %v is not a *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseBand(%q): error %+v does not locate the input", s, pe)
			}
			return
		}
		if b.Min().MinorUnits() <= 0 || b.Min().MinorUnits() > b.Midpoint().MinorUnits() || b.Midpoint().MinorUnits() > b.Max().MinorUnits() {
			t.Fatalf("ParseBand(%q) = %v: not a band", s, b)
		}
		str := b.String()
		back, err := salary.ParseBand(str)
		if err != nil || back != b || back.String() != str {
			t.Fatalf("ParseBand(%q) = %v; ParseBand(%q) = %v, %v", s, b, str, back, err)
		}
	})
}

// FuzzDistribution builds distributions from arbitrary points and checks
// that the answers never panic and keep their promises: bounds within 0 to
// 100 and in order, an exact percentile within its bounds, and At between
// the published values around it.
func FuzzDistribution(f *testing.F) {
	f.Add(int64(7_985_000), int64(10_305_000), int64(13_308_000), int64(16_900_000), int64(21_145_000), uint8(5), int64(14_000_000), 62.5)
	f.Add(int64(10_445_000), int64(13_435_000), int64(17_120_000), int64(21_622_000), int64(23_920_000), uint8(4), int64(23_920_000), 80.0)
	f.Add(int64(725), int64(725), int64(1_000), int64(1_000), int64(1_000), uint8(0), int64(725), 10.0)
	f.Add(int64(5), int64(4), int64(3), int64(2), int64(1), uint8(2), int64(-1), -1.0)
	f.Fuzz(func(t *testing.T, v10, v25, v50, v75, v90 int64, topFrom uint8, pay int64, pct float64) {
		usd := salary.MustParseCurrency("USD")
		vs := []int64{v10, v25, v50, v75, v90}
		pcts := []float64{10, 25, 50, 75, 90}
		pts := make([]salary.Point, len(vs))
		for i, v := range vs {
			pts[i] = salary.Point{Percentile: pcts[i], Value: salary.FromMinorUnits(v, usd), AtLeast: i >= int(topFrom)}
		}
		d, err := salary.NewDistribution(salary.Annual, pts...)
		if err != nil {
			var ve *salary.ValueError
			if !errors.As(err, &ve) || !d.IsZero() {
				t.Fatalf("NewDistribution: %v, %v", d, err)
			}
			return
		}
		pos, err := d.PercentileOf(salary.FromMinorUnits(pay, usd))
		if err == nil {
			lo, hi := pos.Bounds()
			if lo < 0 || hi > 100 || lo > hi || pos.String() == "" {
				t.Fatalf("PercentileOf(%d) = %v (%v, %v) on %v", pay, pos, lo, hi, d)
			}
			if p, ok := pos.Percentile(); ok && (p < lo || p > hi) {
				t.Fatalf("PercentileOf(%d) = %v outside its bounds", pay, p)
			}
		} else if pay >= 0 {
			t.Fatalf("PercentileOf(%d): %v", pay, err)
		}
		m, err := d.At(pct)
		if err != nil {
			if !errors.Is(err, salary.ErrRange) && !errors.Is(err, salary.ErrTopCoded) {
				t.Fatalf("At(%v): %v", pct, err)
			}
			return
		}
		if m.Currency() != usd || m.MinorUnits() < vs[0] || m.MinorUnits() > vs[len(vs)-1] {
			t.Fatalf("At(%v) = %v outside the published values %v", pct, m, d)
		}
		back, err := d.PercentileOf(m)
		if err != nil {
			t.Fatalf("PercentileOf(At(%v)): %v", pct, err)
		}
		// Rounding to the cent may move the figure within its bracket of
		// published points, not out of it.
		bl, bh := 0.0, 100.0
		for _, p := range pcts {
			if p <= pct {
				bl = p
			}
			if p >= pct && bh == 100 {
				bh = p
			}
		}
		if lo, hi := back.Bounds(); lo > bh || hi < bl {
			t.Fatalf("At(%v) = %v, placed at %v, outside the %v to %v bracket", pct, m, back, bl, bh)
		}
	})
}
