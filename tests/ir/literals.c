/* Literals: strings (escapes, concatenation, wide), integers in every base,
 * floats (no integer value: shown as 0), enum constants, and a long string
 * that the dump cuts. Character literals are left out: their value is
 * dumped as 0 (reported). */
enum level { LOW, MID = 10, HIGH, NEG = -3 };

void use(const void *, long);

void literals(void)
{
        use("plain", 0);
        use("tab\there \"quoted\" back\\slash\n", 42);
        use("con" "cat", 0x1F);
        use(L"wide", 017);
        use("", 0);
        use(0, 1.5);
        use(0, 2.0e3f);
        use(0, 100000000000LL);
        use(0, LOW);
        use(0, MID);
        use(0, HIGH);
        use(0, NEG);
        use(0, -1);
        use(0, 0b101);
        use("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789", 0);
}
