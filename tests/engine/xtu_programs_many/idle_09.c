/* xtu_programs_many: a program that does nothing, one of 63 that make
 * the project's programs more than 64 (shared.c). */
int main(void)
{
	return 9;
}
