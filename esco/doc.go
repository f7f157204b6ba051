// Package esco imports ESCO, the European Commission's classification of
// occupations and skills, into a rolemodel catalog.
package esco
