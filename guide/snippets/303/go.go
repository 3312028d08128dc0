package main

import "net/http"

func placeOrder(w http.ResponseWriter, r *http.Request) {
	id := orders.Place(r.FormValue("item"))
	http.Redirect(w, r, "/orders/"+id+"/confirmation", http.StatusSeeOther)
}
