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
