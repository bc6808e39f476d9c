"""Rule families of stage 5 (relating), one module each: pure functions over a sentence's
text that say where a rule applies; `relate.Reader` turns what they find into facts."""
