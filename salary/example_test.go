package salary_test

import (
	"errors"
	"fmt"

	"github.com/rolemodel/rolemodel/salary"
)

func ExampleParseAmount() {
	a, err := salary.ParseAmount("68.50")
	if err != nil {
		panic(err)
	}
	fmt.Println(a)

	_, err = salary.ParseAmount("-5")
	fmt.Println(errors.Is(err, salary.ErrRange))
	// Output:
	// 68.5
	// true
}

func ExampleAmount_In() {
	usd := salary.MustParseCurrency("USD")
	m, err := salary.MustParseAmount("150000").In(usd)
	if err != nil {
		panic(err)
	}
	fmt.Println(m, m.MinorUnits())

	_, err = salary.MustParseAmount("5.5").In(salary.MustParseCurrency("JPY"))
	fmt.Println(errors.Is(err, salary.ErrRange))
	// Output:
	// USD 150,000.00 15000000
	// true
}

func ExampleParse() {
	for _, s := range []string{
		"$150,000 - $250,000+",
		"just above U.S. $142,500",
		"$142.5k",
		"€70k-€90k per year",
		"$68.50/hour",
		"150000 USD",
	} {
		r, err := salary.Parse(s)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-26q %s (min %v, open-ended %t)\n", s, r, r.Min(), r.OpenEnded())
	}

	_, err := salary.Parse("€5.000")
	fmt.Println(errors.Is(err, salary.ErrSyntax))
	fmt.Println(err)
	// Output:
	// "$150,000 - $250,000+"     $150,000 - $250,000+ (min USD 150,000.00, open-ended true)
	// "just above U.S. $142,500" $142,500+ (min USD 142,500.00, open-ended true)
	// "$142.5k"                  $142,500 (min USD 142,500.00, open-ended false)
	// "€70k-€90k per year"       €70,000 - €90,000 per year (min EUR 70,000.00, open-ended false)
	// "$68.50/hour"              $68.50 per hour (min USD 68.50, open-ended false)
	// "150000 USD"               $150,000 (min USD 150,000.00, open-ended false)
	// true
	// pay "€5.000": column 2: ambiguous decimal separator: "5.000" could mean 5.000 or 5,000; write 5,000 for thousands
}

func ExampleRange_Annualized() {
	r := salary.MustParse("$68.50/hour")
	a, err := r.Annualized(salary.DefaultConvention()) // 2,080 hours a year
	if err != nil {
		panic(err)
	}
	fmt.Println(a)
	// Output:
	// $142,480 per year
}

func ExampleConvention_Convert() {
	c := salary.DefaultConvention()
	usd := salary.MustParseCurrency("USD")
	hourly, err := c.Convert(salary.FromMinorUnits(15_000_000, usd), salary.Annual, salary.Hourly)
	if err != nil {
		panic(err)
	}
	fmt.Println(hourly) // 15,000,000¢ / 2,080 = 7,211.54¢, rounded to the cent

	c.HoursPerYear = 1950 // a 37.5-hour week
	hourly, _ = c.Convert(salary.FromMinorUnits(15_000_000, usd), salary.Annual, salary.Hourly)
	fmt.Println(hourly)
	// Output:
	// USD 72.12
	// USD 76.92
}

func ExampleMoney_Add() {
	a := salary.MustParseMoney("$150,000")
	b := salary.MustParseMoney("USD 0.01")
	sum, err := a.Add(b)
	fmt.Println(sum, err)

	_, err = a.Add(salary.MustParseMoney("€1"))
	fmt.Println(errors.Is(err, salary.ErrCurrencyMismatch))
	// Output:
	// USD 150,000.01 <nil>
	// true
}

func ExampleBand_CompaRatio() {
	band, err := salary.BandFromMidpoint(salary.MustParseMoney("$100,000"), 5000) // 50% spread
	if err != nil {
		panic(err)
	}
	pay := salary.MustParseMoney("$95,000")
	compa, err := band.CompaRatio(pay)
	if err != nil {
		panic(err)
	}
	pen, _ := band.Penetration(pay)
	fmt.Println(band)
	fmt.Printf("compa-ratio %.2f, penetration %.3f, spread %.2f\n", compa, pen, band.Spread())
	// Output:
	// $80,000 - $120,000, midpoint $100,000
	// compa-ratio 0.95, penetration 0.375, spread 0.50
}

func ExampleSummarize() {
	var figures []salary.Range
	for _, s := range []string{
		`average $118,942 per year; source="technology-director-what-is-it"`,
		`$150,000 - $250,000+ per year; source="key-responsibilities-technology-director"`,
		`median just above U.S. $142,500 per year; source="it-director-roles-skills-salary"`,
		`$180,000 - $275,000+ per year; source="key-responsibilities-tech-director"`,
	} {
		figures = append(figures, salary.MustParse(s))
	}
	sum, err := salary.Summarize(figures...)
	if err != nil {
		panic(err)
	}
	fmt.Println(sum)
	for _, r := range sum.Figures() {
		fmt.Printf("  %-38s midpoint %s\n", r.Source(), r.Midpoint().Short())
	}
	if _, ok := sum.Common(); !ok {
		fmt.Println("no figure is within every source's range")
	}
	// Output:
	// 4 figures in USD per year: lowest $118,942, highest $275,000+, median midpoint $171,250, 3 open-ended
	//   technology-director-what-is-it         midpoint $118,942
	//   key-responsibilities-technology-director midpoint $200,000
	//   it-director-roles-skills-salary        midpoint $142,500
	//   key-responsibilities-tech-director     midpoint $227,500
	// no figure is within every source's range
}

func ExampleMoney_Short() {
	for _, s := range []string{"USD 150,000.00", "USD 68.50", "JPY 5,000,000", "BHD 1,234.500"} {
		m := salary.MustParseMoney(s)
		fmt.Printf("%s | %s\n", m, m.Short())
	}
	// Output:
	// USD 150,000.00 | $150,000
	// USD 68.50 | $68.50
	// JPY 5,000,000 | JPY 5,000,000
	// BHD 1,234.500 | BHD 1,234.500
}

// A company band against its market: BLS OEWS national wages for May 2024,
// 15-1252 Software Developers, and for 11-3021 Computer and Information
// Systems Managers, whose 90th percentile OEWS publishes as "#" ($239,200 a
// year or more).
func ExampleDistribution_PercentileOf() {
	var published []salary.Range
	for _, s := range []string{
		"p10 $79,850 per year", "p25 $103,050 per year", "median $133,080 per year",
		"p75 $169,000 per year", "p90 $211,450 per year",
	} {
		published = append(published, salary.MustParse(s))
	}
	market, err := salary.DistributionOf(published...)
	if err != nil {
		panic(err)
	}
	band := salary.MustParseBand("$120k - $160k, midpoint $140k")
	pos, err := market.PercentileOf(band.Midpoint())
	if err != nil {
		panic(err)
	}
	fmt.Printf("the band midpoint %s is at %s of the market\n", band.Midpoint().Short(), pos)
	for _, pay := range []string{"$75,000", "$120,000", "$220,000"} {
		pos, _ := market.PercentileOf(salary.MustParseMoney(pay))
		fmt.Printf("%s: %s\n", pay, pos)
	}
	p75, _ := market.At(75)
	p60, _ := market.At(60)
	fmt.Println("75th:", p75.Short(), "60th:", p60.Short())

	managers, _ := salary.NewDistribution(salary.Annual,
		salary.Point{Percentile: 10, Value: salary.MustParseMoney("$104,450")},
		salary.Point{Percentile: 25, Value: salary.MustParseMoney("$134,350")},
		salary.Point{Percentile: 50, Value: salary.MustParseMoney("$171,200")},
		salary.Point{Percentile: 75, Value: salary.MustParseMoney("$216,220")},
		salary.Point{Percentile: 90, Value: salary.MustParseMoney("$239,200"), AtLeast: true},
	)
	fmt.Println(managers)
	for _, pay := range []string{"$230,000", "$250,000"} {
		pos, _ := managers.PercentileOf(salary.MustParseMoney(pay))
		fmt.Printf("%s: %s\n", pay, pos)
	}
	_, err = managers.At(90)
	fmt.Println(errors.Is(err, salary.ErrTopCoded), err)

	// A London band is not placed in a U.S. market: no exchange rate is assumed.
	_, err = market.PercentileOf(salary.MustParseMoney("£95,000"))
	fmt.Println(errors.Is(err, salary.ErrCurrencyMismatch), err)
	// Output:
	// the band midpoint $140,000 is at the 55th percentile of the market
	// $75,000: below the 10th percentile
	// $120,000: the 39th percentile
	// $220,000: above the 90th percentile
	// 75th: $169,000 60th: $147,448
	// p10 $104,450, p25 $134,350, p50 $171,200, p75 $216,220, p90 $239,200+ per year
	// $230,000: between the 75th and 90th percentiles
	// $250,000: above the 75th percentile
	// true the 90th percentile is top-coded: $239,200 or more
	// true pay GBP 95,000.00 is not in the distribution's currency USD, and no exchange rate is assumed
}

// Pay as job advertisements write it: a multiplier written once, period
// words, "up to", and notes kept beside the figures.
func ExampleParse_advertisements() {
	for _, s := range []string{
		"$50-60k",
		"£60k pa",
		"up to £80k",
		"£60k-£70k DOE",
		"£60,000-£80,000 + bonus",
		"$25/hr",
		"£400 per day",
	} {
		r, err := salary.Parse(s)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-25q %-28s up to: %-5t note: %q\n", s, r, r.UpTo(), r.Note())
	}
	for _, s := range []string{"$500-60k", "Competitive"} {
		_, err := salary.Parse(s)
		fmt.Println(errors.Is(err, salary.ErrNoFigure), err)
	}
	// Output:
	// "$50-60k"                 $50,000 - $60,000            up to: false note: ""
	// "£60k pa"                 £60,000 per year             up to: false note: ""
	// "up to £80k"              up to £80,000                up to: true  note: ""
	// "£60k-£70k DOE"           £60,000 - £70,000 DOE        up to: false note: "DOE"
	// "£60,000-£80,000 + bonus" £60,000 - £80,000 + bonus    up to: false note: "+ bonus"
	// "$25/hr"                  $25 per hour                 up to: false note: ""
	// "£400 per day"            £400 per day                 up to: false note: ""
	// false pay "$500-60k": column 2: the "k" on the high figure does not fit the low figure "500": $500,000 would be above $60,000; write the multiplier on both figures, or on neither
	// true pay "Competitive": column 1: the text states no pay figure; expected an amount such as $150,000, £60k-£70k or $25/hr
}
