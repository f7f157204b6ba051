package salary_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/salary"
)

func dollars(n int64) salary.Money { return cents(n * 100) }

func mustBand(t *testing.T, min, mid, max salary.Money) salary.Band {
	t.Helper()
	b, err := salary.NewBand(min, mid, max)
	require.NoError(t, err)
	return b
}

func TestNewBand(t *testing.T) {
	b := mustBand(t, dollars(80_000), dollars(100_000), dollars(120_000))
	assert.Equal(t, dollars(80_000), b.Min())
	assert.Equal(t, dollars(100_000), b.Midpoint())
	assert.Equal(t, dollars(120_000), b.Max())
	assert.Equal(t, usd, b.Currency())
	assert.False(t, b.IsZero())
	assert.Equal(t, "$80,000 - $120,000, midpoint $100,000", b.String())

	// A band with no width is a band.
	mustBand(t, dollars(1), dollars(1), dollars(1))

	tests := []struct {
		name          string
		min, mid, max salary.Money
		sent          error
	}{
		{"min above max", dollars(120_000), dollars(100_000), dollars(80_000), salary.ErrRange},
		{"mid below min", dollars(80_000), dollars(70_000), dollars(120_000), salary.ErrRange},
		{"mid above max", dollars(80_000), dollars(130_000), dollars(120_000), salary.ErrRange},
		{"zero min", dollars(0), dollars(100_000), dollars(120_000), salary.ErrRange},
		{"negative min", dollars(-1), dollars(100_000), dollars(120_000), salary.ErrRange},
		{"mixed", dollars(80_000), salary.FromMinorUnits(10_000_000, eur), dollars(120_000), salary.ErrCurrencyMismatch},
		{"no currency", salary.FromMinorUnits(1, salary.Currency{}), salary.FromMinorUnits(2, salary.Currency{}), salary.FromMinorUnits(3, salary.Currency{}), salary.ErrUnknownCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := salary.NewBand(tt.min, tt.mid, tt.max)
			assert.ErrorIs(t, err, tt.sent)
			var ve *salary.ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "NewBand", ve.Func)
			assert.True(t, b.IsZero())
		})
	}
}

func TestBandFromMidpoint(t *testing.T) {
	tests := []struct {
		name     string
		mid      salary.Money
		bp       int64
		min, max salary.Money
	}{
		// 100,000 × 2 / 2.5 = 80,000; × 1.5 = 120,000.
		{"50%", dollars(100_000), 5000, dollars(80_000), dollars(120_000)},
		// 10,000,000¢ × 20,000 / 26,000 = 7,692,307.69…¢ → 7,692,308¢;
		// 10,000,000¢ × 32,000 / 26,000 = 12,307,692.30…¢ → 12,307,692¢.
		{"60% rounds at the cent", dollars(100_000), 6000, cents(7_692_308), cents(12_307_692)},
		{"0% is a point", dollars(100_000), 0, dollars(100_000), dollars(100_000)},
		// 100% spread: min = mid × 2/3, max = mid × 4/3. 100¢ × 2/3 = 66.67¢ → 67¢; × 4/3 = 133.33¢ → 133¢.
		{"100% of a dollar", dollars(1), 10_000, cents(67), cents(133)},
		// Half a cent rounds away from zero: 1¢ × 20,000 / 40,000 = 0.5¢ → 1¢; max 1 × 60,000 / 40,000 = 1.5¢ → 2¢.
		{"half a cent", cents(1), 20_000, cents(1), cents(2)},
		// Yen have no minor unit: ¥1,000,000 × 20,000 / 26,000 = 769,230.77 → ¥769,231; × 32,000 / 26,000 = 1,230,769.23 → ¥1,230,769.
		{"jpy", salary.FromMinorUnits(1_000_000, jpy), 6000, salary.FromMinorUnits(769_231, jpy), salary.FromMinorUnits(1_230_769, jpy)},
		// BHD 1,000.000 = 1,000,000 fils: as for yen but in fils.
		{"bhd", salary.FromMinorUnits(1_000_000, bhd), 6000, salary.FromMinorUnits(769_231, bhd), salary.FromMinorUnits(1_230_769, bhd)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := salary.BandFromMidpoint(tt.mid, tt.bp)
			require.NoError(t, err)
			assert.Equal(t, tt.min, b.Min())
			assert.Equal(t, tt.mid, b.Midpoint(), "the midpoint is kept as given")
			assert.Equal(t, tt.max, b.Max())
		})
	}
	b, err := salary.BandFromMidpoint(dollars(100_000), 5000)
	require.NoError(t, err)
	assert.InDelta(t, 0.5, b.Spread(), 1e-15)

	for _, tt := range []struct {
		mid  salary.Money
		bp   int64
		sent error
	}{
		{dollars(0), 5000, salary.ErrRange},
		{dollars(-1), 5000, salary.ErrRange},
		{dollars(1), -1, salary.ErrRange},
		{dollars(1), math.MaxInt64, salary.ErrRange},
		{cents(1), 40_000, salary.ErrRange}, // min = 1 × 20,000 / 60,000 = 0.33¢ → 0¢
		{cents(math.MaxInt64), 5000, salary.ErrOverflow},
		{salary.FromMinorUnits(5, salary.Currency{}), 5000, salary.ErrUnknownCurrency},
	} {
		_, err := salary.BandFromMidpoint(tt.mid, tt.bp)
		assert.ErrorIs(t, err, tt.sent, "%v %d", tt.mid, tt.bp)
		var ve *salary.ValueError
		assert.ErrorAs(t, err, &ve)
	}
}

func TestBandRatios(t *testing.T) {
	b := mustBand(t, dollars(80_000), dollars(100_000), dollars(120_000))
	next := mustBand(t, dollars(90_000), dollars(112_500), dollars(135_000))
	gap := mustBand(t, dollars(130_000), dollars(150_000), dollars(170_000))
	touch := mustBand(t, dollars(120_000), dollars(140_000), dollars(160_000))

	assert.InDelta(t, 0.5, b.Spread(), 1e-15) // (120,000 - 80,000) / 80,000
	assert.InDelta(t, 0.5, next.Spread(), 1e-15)
	assert.Equal(t, 0.0, mustBand(t, dollars(5), dollars(5), dollars(5)).Spread())
	assert.Equal(t, 0.0, salary.Band{}.Spread())

	tests := []struct {
		pay         salary.Money
		compa, pene float64
	}{
		{dollars(95_000), 0.95, 0.375}, // 95/100; (95 - 80) / 40
		{dollars(100_000), 1, 0.5},
		{dollars(80_000), 0.8, 0},
		{dollars(120_000), 1.2, 1},
		{dollars(70_000), 0.7, -0.25},             // below the band
		{dollars(130_000), 1.3, 1.25},             // above the band
		{dollars(0), 0, -2},                       // zero pay: (0 - 80) / 40
		{cents(9_500_001), 0.9500001, 0.37500025}, // 9,500,001 / 10,000,000; 1,500,001 / 4,000,000
	}
	for _, tt := range tests {
		c, err := b.CompaRatio(tt.pay)
		require.NoError(t, err)
		assert.InDelta(t, tt.compa, c, 1e-12, "compa-ratio of %v", tt.pay)
		p, err := b.Penetration(tt.pay)
		require.NoError(t, err)
		assert.InDelta(t, tt.pene, p, 1e-12, "penetration of %v", tt.pay)
	}

	o, err := b.Overlap(next)
	require.NoError(t, err)
	assert.InDelta(t, 30_000.0/45_000, o, 1e-15) // (120,000 - 90,000) / (135,000 - 90,000)
	o, err = b.Overlap(touch)
	require.NoError(t, err)
	assert.Equal(t, 0.0, o)
	o, err = b.Overlap(gap)
	require.NoError(t, err)
	assert.InDelta(t, -0.25, o, 1e-15) // (120,000 - 130,000) / 40,000
	o, err = b.Overlap(b)
	require.NoError(t, err)
	assert.Equal(t, 1.0, o, "a band overlaps itself entirely")

	g, err := b.MidpointProgression(next)
	require.NoError(t, err)
	assert.InDelta(t, 0.125, g, 1e-15) // 112,500 / 100,000 - 1
	g, err = next.MidpointProgression(b)
	require.NoError(t, err)
	assert.InDelta(t, -0.111111111111, g, 1e-12) // 100,000 / 112,500 - 1
	g, err = b.MidpointProgression(gap)
	require.NoError(t, err)
	assert.InDelta(t, 0.5, g, 1e-15)

	assert.True(t, b.Contains(dollars(80_000)))
	assert.True(t, b.Contains(dollars(120_000)))
	assert.False(t, b.Contains(cents(7_999_999)))
	assert.False(t, b.Contains(salary.FromMinorUnits(10_000_000, eur)))
	assert.False(t, salary.Band{}.Contains(salary.Money{}))
}

func TestBandRatioErrors(t *testing.T) {
	b := mustBand(t, dollars(80_000), dollars(100_000), dollars(120_000))
	flat := mustBand(t, dollars(100_000), dollars(100_000), dollars(100_000))
	euro := mustBand(t, salary.FromMinorUnits(1, eur), salary.FromMinorUnits(2, eur), salary.FromMinorUnits(3, eur))
	next := mustBand(t, dollars(90_000), dollars(112_500), dollars(135_000))

	check := func(err error, sent error, fn string) {
		t.Helper()
		assert.ErrorIs(t, err, sent)
		var ve *salary.ValueError
		if assert.ErrorAs(t, err, &ve) {
			assert.Equal(t, fn, ve.Func)
		}
	}
	_, err := b.CompaRatio(salary.FromMinorUnits(1, eur))
	check(err, salary.ErrCurrencyMismatch, "Band.CompaRatio")
	_, err = b.CompaRatio(dollars(-1))
	check(err, salary.ErrRange, "Band.CompaRatio")
	_, err = salary.Band{}.CompaRatio(dollars(1))
	check(err, salary.ErrRange, "Band.CompaRatio")
	_, err = b.CompaRatio(salary.Money{})
	check(err, salary.ErrCurrencyMismatch, "Band.CompaRatio")

	_, err = flat.Penetration(dollars(100_000))
	check(err, salary.ErrRange, "Band.Penetration")
	_, err = b.Penetration(dollars(-5))
	check(err, salary.ErrRange, "Band.Penetration")
	_, err = b.Penetration(salary.FromMinorUnits(1, eur))
	check(err, salary.ErrCurrencyMismatch, "Band.Penetration")

	_, err = next.Overlap(b)
	check(err, salary.ErrRange, "Band.Overlap")
	_, err = b.Overlap(flat)
	check(err, salary.ErrRange, "Band.Overlap")
	_, err = b.Overlap(euro)
	check(err, salary.ErrCurrencyMismatch, "Band.Overlap")
	_, err = b.Overlap(salary.Band{})
	check(err, salary.ErrRange, "Band.Overlap")

	_, err = b.MidpointProgression(euro)
	check(err, salary.ErrCurrencyMismatch, "Band.MidpointProgression")
	_, err = salary.Band{}.MidpointProgression(b)
	check(err, salary.ErrRange, "Band.MidpointProgression")
}

func TestParseBand(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"$80,000 - $120,000, midpoint $100,000", "$80,000 - $120,000, midpoint $100,000"},
		{"$80k–$120k, Midpoint $100k", "$80,000 - $120,000, midpoint $100,000"},
		{"80,000 - 120,000 EUR, midpoint 100,000", "€80,000 - €120,000, midpoint €100,000"},
		{"BHD 1.500 - BHD 2.500, midpoint BHD 2", "BHD 1.500 - BHD 2.500, midpoint BHD 2"},
	} {
		b, err := salary.ParseBand(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, b.String())
		assert.Equal(t, b, salary.MustParseBand(b.String()))

		txt, err := b.MarshalText()
		require.NoError(t, err)
		var back salary.Band
		require.NoError(t, back.UnmarshalText(txt))
		assert.Equal(t, b, back)
	}
	for _, in := range []string{
		"", "$80,000", "$80,000 - $120,000", "$80,000 - $120,000, mid $100,000",
		"$80,000 - $120,000, midpoint $130,000", "$120,000 - $80,000, midpoint $100,000",
		"$80,000 - €120,000, midpoint $100,000", "80,000 - 120,000, midpoint 100,000",
		"$80,000 - $120,000+, midpoint $100,000", "$80,000 - $120,000, midpoint $100,000 x",
		"$0 - $1, midpoint $1", "$1 - $2, midpoint $1.005",
	} {
		_, err := salary.ParseBand(in)
		require.Error(t, err, in)
		var pe *salary.ParseError
		require.ErrorAs(t, err, &pe, in)
		assert.Equal(t, "ParseBand", pe.Func)
		assert.Panics(t, func() { salary.MustParseBand(in) })
	}
	var z salary.Band
	assert.Equal(t, "", z.String())
	txt, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, txt)
	b := salary.MustParseBand("$1 - $3, midpoint $2")
	require.NoError(t, b.UnmarshalText(nil))
	assert.True(t, b.IsZero())
	b = salary.MustParseBand("$1 - $3, midpoint $2")
	require.Error(t, b.UnmarshalText([]byte("x")))
	assert.Equal(t, salary.MustParseBand("$1 - $3, midpoint $2"), b)
}
