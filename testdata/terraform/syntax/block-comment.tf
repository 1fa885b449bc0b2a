a = 1 /* c
*/
b = /* inline */ 2
