// Package bench compares the career graph of github.com/rolemodel/rolemodel
// with gonum's graph/path on the same generated graphs. It is a separate
// module so that importers of the library never download gonum.
package bench
