/* xtu_programs_same_name: the backup tool's main, whose get_connection()
 * sends a constant. */
int get_connection(const char *conninfo);

int main(void)
{
        return get_connection("host=localhost") < 0;
}
