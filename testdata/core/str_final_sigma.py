# A capital sigma lowered at the end of a word becomes the final form
# (Unicode Final_Sigma: a cased letter before it, none after, skipping
# case-ignorable characters) in lower, swapcase, title and capitalize;
# casefold always gives the plain sigma.
words = ['ΣΑΣ', 'ΟΔΥΣΣΕΥΣ', 'Σ', 'ΑΣ.', "ΑΣ'Α", 'ΑΣ Β', 'ΑΣ\u0301', 'Α\u0301Σ', '.Σ', 'ΑΣΑ', 'σΣ', 'ΣΑ', '1Σ', 'ΑΣ1', 'ΑΣ-Β']
for w in words:
    print(w.lower(), w.swapcase(), w.title(), w.capitalize(), w.casefold(), w.upper())
print('ΑΣ'.capitalize(), 'ΣΣ'.capitalize(), 'aΣ'.lower(), 'AΣ b'.swapcase())
