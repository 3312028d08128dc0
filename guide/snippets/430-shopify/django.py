import requests

def storefront_query(query, buyer_ip):
    r = requests.post("https://shop.myshopify.com/api/2025-01/graphql.json", timeout=10,
                      json={"query": query},
                      headers={"Shopify-Storefront-Private-Token": PRIVATE_TOKEN,
                               "Shopify-Storefront-Buyer-IP": buyer_ip})
    if r.status_code == 430:
        raise RuntimeError("Shopify security rejection: slow down, check buyer IP forwarding")
    return r.json()
