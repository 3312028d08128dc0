from django.http import HttpResponseRedirect
from django.urls import reverse

def place_order(request):
    order = Order.objects.create(user=request.user, **order_fields(request.POST))
    response = HttpResponseRedirect(reverse("order-confirmation", args=[order.pk]))
    response.status_code = 303  # GET the confirmation; refresh never re-POSTs
    return response
