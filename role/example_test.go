package role_test

import (
	"fmt"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

func ExampleParseLevel() {
	l, err := role.ParseLevel("senior-manager")
	fmt.Println(l, err, l > role.Manager)
	_, err = role.ParseLevel("boss")
	fmt.Println(err != nil)
	// Output:
	// senior-manager <nil> true
	// true
}

func ExampleGrade_Band() {
	g := role.Grade{ID: "l5", Title: "L5", Rank: 5, Pay: []role.PayBand{{
		Region: "London", Currency: salary.MustParseCurrency("GBP"), Period: salary.Annual,
		Min: salary.MustParseAmount("70000"), Mid: salary.MustParseAmount("85000"), Max: salary.MustParseAmount("100000"),
	}}}
	pb, ok := g.Band("London")
	fmt.Println(ok)
	b, _ := pb.Band()
	pay, _ := salary.ParseMoney("£90,000")
	cr, _ := b.CompaRatio(pay)
	fmt.Printf("%s; compa-ratio %.2f\n", b, cr)
	_, ok = g.Band("Paris")
	fmt.Println(ok)
	// Output:
	// true
	// £70,000 - £100,000, midpoint £85,000; compa-ratio 1.06
	// false
}

func ExampleParseYears() {
	y, err := role.ParseYears("10-15+")
	fmt.Println(y, err)
	// Output:
	// 10-15+ <nil>
}
